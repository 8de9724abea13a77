package nl.speelveld.conventions.events;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs this instance's delivery workers ({@code speelveld.webhooks.delivery.workers} threads, each a
 * {@link DeliveryWorker} on the shared database), wakes them when this instance commits an event, polls for the
 * rest (other replicas' events, retries) every poll interval, keeps the oldest-undelivered gauge current and removes
 * events past their retention once an hour.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    private final AgroalDataSource dataSource;
    private final Vertx vertx;
    private final EventMetrics metrics;
    private final WebhookSettings settings;
    private final OpenTelemetry openTelemetry;
    private final Semaphore wakeUp = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private WebhookSender sender;
    private TargetGuard guard;

    Deliveries(AgroalDataSource dataSource, Vertx vertx, EventMetrics metrics, Config config,
            OpenTelemetry openTelemetry) {
        this.dataSource = dataSource;
        this.openTelemetry = openTelemetry;
        this.vertx = vertx;
        this.metrics = metrics;
        this.settings = WebhookSettings.of(config);
    }

    /** The guard of this instance's settings (also used to check subscription URLs). */
    public synchronized TargetGuard guard() {
        if (guard == null) {
            guard = new TargetGuard(settings.allowHttp(), settings.allowedTargets(), InetAddress::getAllByName);
        }
        return guard;
    }

    public WebhookSettings settings() {
        return settings;
    }

    /** A worker of this instance's settings, e.g. for a test that runs two on one database. */
    public DeliveryWorker newWorker() {
        return new DeliveryWorker(dataSource, sender(), settings, metrics::delivery,
                openTelemetry.getTracer("nl.speelveld.webhooks"));
    }

    private synchronized WebhookSender sender() {
        if (sender == null) {
            sender = new WebhookSender(vertx, guard(), settings.connectTimeout(), settings.totalTimeout(),
                    openTelemetry);
        }
        return sender;
    }

    void start(@Observes StartupEvent started) {
        if (!settings.deliver()) {
            return;
        }
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            boolean housekeeper = i == 0;
            DeliveryWorker worker = newWorker();
            Thread thread = new Thread(() -> loop(worker, housekeeper), "webhook-delivery-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    /** Tells the workers that an event was committed (called after commit). */
    void wake() {
        if (running && wakeUp.availablePermits() < settings.workers()) {
            wakeUp.release(settings.workers());
        }
    }

    private void loop(DeliveryWorker worker, boolean housekeeper) {
        long nextPurge = 0;
        long nextGauge = 0;
        while (running) {
            try {
                if (housekeeper && System.currentTimeMillis() >= nextGauge) {
                    metrics.oldestUndelivered(worker.oldestUndeliveredSeconds());
                    nextGauge = System.currentTimeMillis() + 5_000;
                }
                if (housekeeper && System.currentTimeMillis() >= nextPurge) {
                    worker.purge();
                    nextPurge = System.currentTimeMillis() + 3_600_000;
                }
                if (worker.runOnce() == 0) {
                    wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Webhook delivery: %s", e.getMessage());
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
