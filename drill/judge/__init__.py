"""The local judge: a sandboxed worker that checks a solution against a problem's reference.

Import from `drill.judge.runner` (the parent API); this package file stays empty so that the
worker, which imports `drill.judge.worker`, starts fast.
"""
