"""Browser tests: the built site in headless Chromium (Debian's package), driven by Playwright."""
