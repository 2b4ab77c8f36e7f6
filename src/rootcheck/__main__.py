from rootcheck.cli import entry

entry()
