package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Regression test: each name index is built once, and a slow one blocks no other (item 2). */
class LazyTest {

  @Test
  void aSlowNameIndexDoesNotBlockAnotherAndIsBuiltOnce() throws Exception {
    CountDownLatch building = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger builds = new AtomicInteger();
    Lazy<String> slow =
        new Lazy<>(
            () -> {
              builds.incrementAndGet();
              building.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return "slow";
            });
    Lazy<String> other = new Lazy<>(() -> "other");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = pool.submit(slow::get);
      building.await();
      Future<String> second = pool.submit(slow::get);
      // While the slow index is being built, another index is built and read at once.
      assertEquals("other", assertTimeoutPreemptively(Duration.ofSeconds(10), other::get));
      release.countDown();
      assertSame(first.get(), second.get());
      assertEquals(1, builds.get());
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }
}
