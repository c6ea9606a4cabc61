package io.stowage.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.application.port.in.CheckHealth;
import io.stowage.application.port.out.DependencyCheck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health: every dependency is probed and each failing one is reported by name with its reason. */
class HealthServiceTest {

    private static DependencyCheck check(String name, Exception failure) {
        return new DependencyCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void check() throws Exception {
                if (failure != null) {
                    throw failure;
                }
            }
        };
    }

    @Test
    void healthyWhenEveryCheckPasses() {
        CheckHealth.Report report = new HealthService(List.of(check("database", null), check("volume", null)))
                .checkHealth();
        assertTrue(report.healthy());
        assertEquals(Map.of(), report.failures());
    }

    @Test
    void reportsEachFailingCheckByNameInOrder() {
        CheckHealth.Report report = new HealthService(List.of(
                check("database", new IllegalStateException("connection refused")),
                check("cache", null),
                check("volume", new IOException("read-only file system")),
                check("s3", new RuntimeException())))
                .checkHealth();

        assertFalse(report.healthy());
        assertEquals(List.of("database", "volume", "s3"), new ArrayList<>(report.failures().keySet()));
        assertEquals("connection refused", report.failures().get("database"));
        assertEquals("read-only file system", report.failures().get("volume"));
        assertEquals("RuntimeException", report.failures().get("s3"), "a failure without message names its type");
    }

    @Test
    void probesEveryCheckEvenAfterAFailure() {
        List<String> probed = new ArrayList<>();
        DependencyCheck first = new DependencyCheck() {
            @Override
            public String name() {
                return "first";
            }

            @Override
            public void check() throws Exception {
                probed.add("first");
                throw new IOException("down");
            }
        };
        DependencyCheck second = new DependencyCheck() {
            @Override
            public String name() {
                return "second";
            }

            @Override
            public void check() {
                probed.add("second");
            }
        };
        new HealthService(List.of(first, second)).checkHealth();
        assertEquals(List.of("first", "second"), probed);
    }

    @Test
    void noChecksMeansHealthy() {
        assertTrue(new HealthService(List.of()).checkHealth().healthy());
    }
}
