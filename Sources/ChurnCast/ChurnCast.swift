@_exported import Support
@_exported import Ingest
