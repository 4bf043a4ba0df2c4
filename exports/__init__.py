"""Everything that crosses to other tools and people: the PDF brief, Excel and CSV tables,
GraphML and GEXF. Every file read here is validated before anything changes; every text written
is escaped for its format."""
