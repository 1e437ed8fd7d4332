package io.claimwire.app;

import java.time.Duration;

/**
 * One thing a claimwire process runs (the embedded broker, the sink, ...): started when made, ready while it
 * serves, stopped within a grace period. A {@link Pipeline} stops the services it started in reverse order, each
 * with what is left of the process's shutdown budget.
 */
interface Service {
  /** The component name /health reports it under. */
  String name();

  /** True while it serves. */
  boolean ready();

  /** Stops, finishing or rolling back what is in flight, within {@code grace}. */
  void stop(Duration grace);

  /** A client this process holds (a store, a registry client) as a service: ready while open, stopped by closing. */
  static Service closing(String name, Runnable close) {
    return new Service() {
      private volatile boolean open = true;

      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean ready() {
        return open;
      }

      @Override
      public void stop(Duration grace) {
        open = false;
        close.run();
      }
    };
  }
}
