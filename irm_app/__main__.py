"""`python -m irm_app`: the same as the `irm-app` command."""

import sys

from .cli import main

sys.exit(main())
