package io.claimwire.enrich.text;

/** The direction of a figure that is a change ("up 22%", "a 4% decline"); a level has none. */
public enum Change { UP, DOWN }
