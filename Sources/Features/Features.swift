// Point-in-time snapshots and the feature table: see issue 3 (SnapshotBuilder, FeatureTable, FeatureDictionary).
