"""factcheck: check claimed figures against a curated, cited corpus."""
