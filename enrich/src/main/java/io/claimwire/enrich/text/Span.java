package io.claimwire.enrich.text;

/** A place or period named in a sentence, at its offsets, with the value a figure takes from it. */
record Span(int start, int end, String value) {}
