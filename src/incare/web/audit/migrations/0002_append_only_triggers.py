"""The audit trail is append-only in the database too: triggers reject UPDATE and DELETE.

Written by hand (per database vendor). On SQLite, a later migration that rebuilds the table
drops these triggers with it: that migration must run `create_triggers` again.
"""

from django.db import migrations

TABLE = "audit_auditevent"
MESSAGE = "audit events are append-only: UPDATE and DELETE are refused"

SQLITE_CREATE = [
    f"""CREATE TRIGGER audit_auditevent_no_{verb.lower()} BEFORE {verb} ON {TABLE}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;"""
    for verb in ("UPDATE", "DELETE")
]
SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS audit_auditevent_no_{verb};" for verb in ("update", "delete")
]

POSTGRESQL_CREATE = [
    f"""CREATE FUNCTION audit_auditevent_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'restrict_violation';
    END;
    $$;""",
    *(
        f"""CREATE TRIGGER audit_auditevent_no_{verb.lower()} BEFORE {verb} ON {TABLE}
        FOR EACH ROW EXECUTE FUNCTION audit_auditevent_append_only();"""
        for verb in ("UPDATE", "DELETE")
    ),
]
POSTGRESQL_DROP = [
    *(
        f"DROP TRIGGER IF EXISTS audit_auditevent_no_{verb} ON {TABLE};"
        for verb in ("update", "delete")
    ),
    "DROP FUNCTION IF EXISTS audit_auditevent_append_only();",
]

STATEMENTS = {
    "sqlite": (SQLITE_CREATE, SQLITE_DROP),
    "postgresql": (POSTGRESQL_CREATE, POSTGRESQL_DROP),
}


def _statements(schema_editor, index):
    vendor = schema_editor.connection.vendor
    if vendor not in STATEMENTS:
        raise NotImplementedError(f"no append-only triggers for the {vendor!r} database")
    return STATEMENTS[vendor][index]


def create_triggers(apps, schema_editor):
    for sql in _statements(schema_editor, 0):
        schema_editor.execute(sql)


def drop_triggers(apps, schema_editor):
    for sql in _statements(schema_editor, 1):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_triggers, drop_triggers, elidable=False),
    ]
