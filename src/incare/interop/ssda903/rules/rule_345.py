"""345: a care leaver the council is in touch with (IN_TOUCH YES) must not have activity or
accommodation 0."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, is_code


@validation_rule("345")
def check(x: Extract) -> pl.LazyFrame:
    zero = is_code("ACTIV", "0") | is_code("ACCOM", "0")
    return flag(x.lazy("OC3").filter(is_code("IN_TOUCH", "YES") & zero), "OC3", fields("345"))
