package io.claimwire.enrich.text;

/** How a figure is hedged; mirrors the Claim schema's enum. */
public enum Qualifier { EXACT, APPROXIMATELY, AT_LEAST, MORE_THAN, AT_MOST, UP_TO, FEWER_THAN, RANGE }
