import sys

from rootcheck.cli import main

sys.exit(main())
