package io.claimwire.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP GET for content from the open web, safe by default: only http and https; every host, the first and every
 * redirect's, resolved and refused when any of its addresses is loopback, private, link-local, unique-local,
 * carrier-grade NAT, multicast or unspecified (SSRF), unless the policy allows private addresses; redirects
 * followed by hand and bounded; bodies capped (a declared length over the cap is refused before reading, an
 * undeclared one is cut off at the cap); a clear user agent on every request.
 *
 * <p>Known limit: the JDK client resolves the host again when it connects, so a DNS server that answers
 * differently within a second (rebinding) is not caught here; run ingest where it cannot reach what it must not.
 */
public final class SafeHttp {
  /** What a fetch may do. */
  public record Policy(boolean allowPrivateAddresses, java.util.Set<String> allowedHosts, long maxBytes,
      int maxRedirects, Duration timeout, String userAgent) {
    public static final String USER_AGENT = "claimwire/0.1 (news claim extraction; feed reader)";

    public static Policy defaults() {
      return new Policy(false, java.util.Set.of(), 10L * 1024 * 1024, 5, Duration.ofSeconds(30), USER_AGENT);
    }

    /** Every internal address allowed (a feed on the same machine or network, tests). */
    public Policy allowingPrivateAddresses() {
      return new Policy(true, allowedHosts, maxBytes, maxRedirects, timeout, userAgent);
    }

    /** These hosts (names or literal addresses, as written in URLs) allowed even when internal; others still checked. */
    public Policy allowingHosts(java.util.Collection<String> hosts) {
      java.util.Set<String> h = new java.util.HashSet<>(allowedHosts);
      hosts.forEach(x -> h.add(x.toLowerCase(Locale.ROOT)));
      return new Policy(allowPrivateAddresses, java.util.Set.copyOf(h), maxBytes, maxRedirects, timeout, userAgent);
    }

    public Policy withMaxBytes(long bytes) {
      return new Policy(allowPrivateAddresses, allowedHosts, bytes, maxRedirects, timeout, userAgent);
    }
  }

  /** A response: the final URI after redirects, status, headers and the whole (capped) body. */
  public record Response(URI uri, int status, HttpHeaders headers, byte[] body) {
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }

  /** A fetch refused or failed, with a reason fit for a log line or a dead letter. */
  public static final class FetchException extends IOException {
    private final boolean permanent;
    private final transient byte[] body;

    FetchException(String message, boolean permanent) {
      this(message, permanent, null);
    }

    FetchException(String message, boolean permanent, byte[] body) {
      super(message);
      this.permanent = permanent;
      this.body = body;
    }

    /** What the server sent, when the failure is about it (an unreadable feed), else an empty array. */
    public byte[] body() {
      return body == null ? new byte[0] : body;
    }

    /** True when trying again cannot help (refused address, scheme, size, redirect loop). */
    public boolean permanent() {
      return permanent;
    }
  }

  private final Policy policy;
  private final HttpClient client;

  public SafeHttp(Policy policy) {
    this.policy = policy;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(policy.timeout()).build();
  }

  public Policy policy() {
    return policy;
  }

  /** GET with the given extra request headers (conditional GET headers, say), following redirects safely. */
  public Response get(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
    URI current = uri;
    for (int hop = 0; ; hop++) {
      check(current);
      HttpRequest.Builder req = HttpRequest.newBuilder(current).timeout(policy.timeout()).GET()
          .header("User-Agent", policy.userAgent()).header("Accept-Encoding", "identity");
      headers.forEach(req::header);
      HttpResponse<InputStream> resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
      int status = resp.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        resp.body().close();
        String location = resp.headers().firstValue("Location")
            .orElseThrow(() -> new FetchException("redirect " + status + " without a Location from " + uri, true));
        if (hop >= policy.maxRedirects()) {
          throw new FetchException("more than " + policy.maxRedirects() + " redirects from " + uri, true);
        }
        current = current.resolve(location.strip());
        continue;
      }
      return new Response(current, status, resp.headers(), readCapped(resp, current));
    }
  }

  private byte[] readCapped(HttpResponse<InputStream> resp, URI uri) throws IOException {
    long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
    try (InputStream in = resp.body()) {
      if (declared > policy.maxBytes()) {
        throw new FetchException(uri + " declares " + declared + " bytes, over the cap of " + policy.maxBytes(), true);
      }
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, policy.maxBytes() + 1));
      if (body.length > policy.maxBytes()) {
        throw new FetchException(uri + " sent more than the cap of " + policy.maxBytes() + " bytes", true);
      }
      return body;
    }
  }

  /** Refuses a URI this policy does not allow (scheme, missing host, a forbidden address after resolution). */
  public void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("only http and https are fetched, not '" + scheme + "': " + uri, true);
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new FetchException("no host in " + uri, true);
    }
    if (policy.allowPrivateAddresses() || policy.allowedHosts().contains(host.toLowerCase(Locale.ROOT))) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + host, false);
    }
    for (InetAddress a : addresses) {
      if (internal(a)) {
        throw new FetchException("refused " + uri + ": " + host + " resolves to " + a.getHostAddress()
            + ", an internal address (allow private addresses explicitly to fetch it)", true);
      }
    }
  }

  /** Loopback, private, link-local, unique-local, CGNAT, multicast or unspecified. */
  static boolean internal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, CGNAT 100.64/10
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || first >= 240; // IETF 192.0.0/24, reserved
    }
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return true; // unique local fc00::/7
      }
      boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }
}
