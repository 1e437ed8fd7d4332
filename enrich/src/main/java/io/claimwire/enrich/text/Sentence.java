package io.claimwire.enrich.text;

/** A sentence with its offsets into the cleaned text and the index of its paragraph. */
public record Sentence(String text, int start, int end, int paragraph) {}
