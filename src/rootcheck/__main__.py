from rootcheck.start import entry

entry()
