"""Dates in force: when the Care Planning, Placement and Case Review (England) Regulations 2010
(SI 2010/959, "CPPCR 2010") came into force, and with them the duties built on them."""

import datetime as dt

CPPCR_2010_IN_FORCE = dt.date(2011, 4, 1)
