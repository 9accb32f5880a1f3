// The search engine: segments, postings, BM25, query parser, highlighting.
