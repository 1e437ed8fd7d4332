package io.claimwire.enrich.text;

/** Who claims a figure: canonical name, role, kind and the outlet that relayed it. */
public record SourceRef(String name, String role, Kind kind, String via) {
  public enum Kind { PERSON, ORGANISATION, GOVERNMENT, MEDIA, UNATTRIBUTED }

  public static final SourceRef UNATTRIBUTED = new SourceRef(null, null, Kind.UNATTRIBUTED, null);

  public boolean isAttributed() {
    return kind != Kind.UNATTRIBUTED;
  }
}
