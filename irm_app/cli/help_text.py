"""`irm-app --help` as argparse prints it on this Python at this width, kept ready so the
usual answer needs no argparse, gettext or textwrap (`irm_app.cli.main`; argparse still
formats it for another width or Python). tests/test_cli_help.py fails when TEXT is not
exactly argparse's; regenerate with `python -m irm_app.cli.help_text`.
"""

PYTHON = (3, 11)
COLUMNS = 80
DESCRIPTION = 'IRM Assessor: assess OGP action plans with the IRM methodology. Without a command, opens the desktop app.'
COMMANDS = (('library_cmds',
  (('import',
    "import a plan (JSON), OGP's commitments table (CSV/XLSX) or the plan's document (PDF/DOCX); or review "
    'files (.irmreview) and a reviewed .docx'),
   ('plans', 'list the plans in the library'),
   ('assessments', 'list assessments with their progress'),
   ('forms', 'list the methodology forms'),
   ('new-assessment', 'start assessing a plan with a methodology form'),
   ('score', 'record levels: score ASSESSMENT COMMITMENT FIELD=LEVEL... (no COMMITMENT: plan-level fields)'),
   ('show', 'show an assessment, or one commitment of it'),
   ('export-json', 'write the interchange document (irm-app/1)'))),
 ('plan_cmds',
  (('plan-new', 'create a plan from nothing (then commitment-add)'),
   ('plan-edit', "change a plan's member, number, period, title or themes"),
   ('commitment-add', 'add a commitment to a plan'),
   ('commitment-edit', "change a commitment's fields (never its scores)"),
   ('commitment-delete', 'delete a commitment (refused if scored, unless --force)'),
   ('commitment-move', 'move a commitment to a position (1 = first)'),
   ('milestone-add', 'add a milestone to a commitment'),
   ('milestone-edit', "change a milestone's title, text or dates"),
   ('milestone-delete', 'delete a milestone'),
   ('milestone-move', 'move a milestone to a position (1 = first)'))),
 ('lifecycle_cmds',
  (('status',
    'draft, submitted (for review) or final: final numbers a version and locks scores and narrative; leaving '
    'final reopens it (all audited)'),
   ('delete-assessment',
    'delete an assessment with its scores and evidence (the audit log keeps the record)'))),
 ('narrative_cmds',
  (('narrative', "write one section of the report (the form's [[narrative]])"),
   ('narratives', "the report's sections, with word counts and suggested lengths"),
   ('cluster', 'group commitments analysed together (an empty --members dissolves it)'),
   ('requirements',
    'the minimum requirements of the co-creation standards: level, requirement, justification'))),
 ('context_cmds',
  (('eligibility', "record a minimum-eligibility value of the plan's member"),
   ('tag', 'tag a commitment with OGP grand challenges'))),
 ('report_cmds', (('report', "export an assessment's report as Word or PDF"),)),
 ('signing_cmds',
  (('identity', "the researcher's signing identity"),
   ('package', 'export a signed .irmpkg (report PDF + DOCX, assessment.json, evidence)'),
   ('verify',
    'verify a package or a signed PDF (exit 0 valid and trusted, 3 valid but signer not trusted, 1 invalid, '
    '2 unreadable)'),
   ('open-package', 'verify a package, then open it as a read-only review copy'))),
 ('trust_cmds',
  (('trust', 'the signers (and organisation CAs) whose packages you trust'),
   ('review-copies', 'the read-only review copies opened from packages'),
   ('remove-review-copy', 'delete a review copy and its files (your own work is untouched)'))),
 ('review_cmds',
  (('comment',
    'comment on an assessment or review copy: a commitment, a field, a section, the plan or the report'),
   ('comments',
    'list the comments of an assessment or review copy, threaded (filters: open, reviewer, commitment)'),
   ('reply', 'reply to a comment (in its thread)'),
   ('resolve', 'resolve a comment (with a note, or changing the score it is about), or reopen it'),
   ('review-state', 'set a review state (e.g. needs_changes, approved) of a commitment or of the report'),
   ('review-export', 'export your comments and states on a review copy as a signed .irmreview file'))),
 ('public_cmds', (('public-comments', 'comments of the public comment period: add, import a CSV, list'),)),
 ('backup_cmds',
  (('backup', 'copy the library now (default: into its backups folder)'),
   ('backups', "list the library's automatic backups, newest first"),
   ('restore', 'replace the library by a backup (the current file is kept aside)'))),
 ('search_cmds',
  (('search',
    'find words in plans, commitments, milestones, justifications, evidence, narrative and review '
    'comments'),)),
 ('gui_cmd', (('gui', 'open the desktop app (the default)'),)))
"""What TEXT was made from: `main` prints TEXT only while these equal cli.COMMANDS and DESCRIPTION."""
TEXT = """\
usage: irm-app [-h] [--version] COMMAND ...

IRM Assessor: assess OGP action plans with the IRM methodology. Without a
command, opens the desktop app.

positional arguments:
  COMMAND
    import            import a plan (JSON), OGP's commitments table (CSV/XLSX)
                      or the plan's document (PDF/DOCX); or review files
                      (.irmreview) and a reviewed .docx
    plans             list the plans in the library
    assessments       list assessments with their progress
    forms             list the methodology forms
    new-assessment    start assessing a plan with a methodology form
    score             record levels: score ASSESSMENT COMMITMENT
                      FIELD=LEVEL... (no COMMITMENT: plan-level fields)
    show              show an assessment, or one commitment of it
    export-json       write the interchange document (irm-app/1)
    plan-new          create a plan from nothing (then commitment-add)
    plan-edit         change a plan's member, number, period, title or themes
    commitment-add    add a commitment to a plan
    commitment-edit   change a commitment's fields (never its scores)
    commitment-delete
                      delete a commitment (refused if scored, unless --force)
    commitment-move   move a commitment to a position (1 = first)
    milestone-add     add a milestone to a commitment
    milestone-edit    change a milestone's title, text or dates
    milestone-delete  delete a milestone
    milestone-move    move a milestone to a position (1 = first)
    status            draft, submitted (for review) or final: final numbers a
                      version and locks scores and narrative; leaving final
                      reopens it (all audited)
    delete-assessment
                      delete an assessment with its scores and evidence (the
                      audit log keeps the record)
    narrative         write one section of the report (the form's
                      [[narrative]])
    narratives        the report's sections, with word counts and suggested
                      lengths
    cluster           group commitments analysed together (an empty --members
                      dissolves it)
    requirements      the minimum requirements of the co-creation standards:
                      level, requirement, justification
    eligibility       record a minimum-eligibility value of the plan's member
    tag               tag a commitment with OGP grand challenges
    report            export an assessment's report as Word or PDF
    identity          the researcher's signing identity
    package           export a signed .irmpkg (report PDF + DOCX,
                      assessment.json, evidence)
    verify            verify a package or a signed PDF (exit 0 valid and
                      trusted, 3 valid but signer not trusted, 1 invalid, 2
                      unreadable)
    open-package      verify a package, then open it as a read-only review
                      copy
    trust             the signers (and organisation CAs) whose packages you
                      trust
    review-copies     the read-only review copies opened from packages
    remove-review-copy
                      delete a review copy and its files (your own work is
                      untouched)
    comment           comment on an assessment or review copy: a commitment, a
                      field, a section, the plan or the report
    comments          list the comments of an assessment or review copy,
                      threaded (filters: open, reviewer, commitment)
    reply             reply to a comment (in its thread)
    resolve           resolve a comment (with a note, or changing the score it
                      is about), or reopen it
    review-state      set a review state (e.g. needs_changes, approved) of a
                      commitment or of the report
    review-export     export your comments and states on a review copy as a
                      signed .irmreview file
    public-comments   comments of the public comment period: add, import a
                      CSV, list
    backup            copy the library now (default: into its backups folder)
    backups           list the library's automatic backups, newest first
    restore           replace the library by a backup (the current file is
                      kept aside)
    search            find words in plans, commitments, milestones,
                      justifications, evidence, narrative and review comments
    gui               open the desktop app (the default)

options:
  -h, --help          show this help message and exit
  --version           show program's version number and exit
"""

if __name__ == "__main__":
    from pathlib import Path

    from . import help_text_source

    Path(__file__).write_text(help_text_source(COLUMNS), encoding="utf-8")
