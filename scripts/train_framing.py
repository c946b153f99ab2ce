#!/usr/bin/env python
"""Train the framing stage's technique model (SI + TC) on ptc_semeval2020 dev.jsonl only.

    python scripts/train_framing.py            # writes src/eventwire/stages/data/framing/techniques.{npz,json}

See eventwire.stages.framing.training for the procedure (seeded internal split of dev for model selection).
"""

import sys

from eventwire.stages.framing.training import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
