@_exported import Support
@_exported import Ingest
@_exported import Features
@_exported import Report
@_exported import LinearAlgebra
@_exported import Models
@_exported import Synthetic
