package io.claimwire.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Small helpers about where Kafka is. */
public final class Kafka {
  private Kafka() {}

  /** True when something accepts connections at host:port (the first address of a list). */
  public static boolean reachable(String bootstrap) {
    String first = bootstrap.split(",")[0].strip();
    int colon = first.lastIndexOf(':');
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1))), 500);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
