"""The build machinery: shards, files kept between builds, the content cache, progress, the
swap into place and the merge of shards."""
