"""incare's settings for `benchmarks.bench_web`'s server: the same, with today fixed.

The register is imported with duties as at the benchmark's day (`bench_web.AS_AT`), so the
pages are judged on that day whatever the clock says; nothing else differs.
"""

from benchmarks.bench_web import AS_AT
from incare.web.config.settings import *  # noqa: F403

INCARE_TODAY = AS_AT
