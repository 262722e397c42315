package io.sirius.consensus.internal;

import io.sirius.api.model.PublicKey;
import io.sirius.crypto.KeyFiles;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.HarvestRequest;
import io.sirius.kernel.chain.HarvestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classic PoS harvester: every {@code intervalMillis} it asks the chain to produce the next block with its key;
 * the chain produces one when the key is eligible and its hit is below its target at that moment. The key file
 * is read when it appears (a new devnet writes it after the node starts).
 */
@Component(service = {}, configurationPid = "io.sirius.harvesting", immediate = true)
@Designate(ocd = HarvestingSettings.class)
public final class HarvesterComponent {
    private static final Logger LOG = LoggerFactory.getLogger(HarvesterComponent.class);

    private final ChainService chain;
    private final HarvestingSettings settings;
    private final ScheduledExecutorService timer;
    private final PublicKey beneficiary;
    private volatile KeyPair key;
    private volatile String lastReason = "";

    /**
     * @param chain the chain
     * @param settings the harvester's settings
     */
    @Activate
    public HarvesterComponent(@Reference ChainService chain, HarvestingSettings settings) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.feeInterestDenominator() <= 0 || settings.feeInterest() < 0
                || settings.feeInterest() > settings.feeInterestDenominator()) {
            throw new IllegalArgumentException("feeInterest must lie between 0 and feeInterestDenominator, which must be "
                    + "positive; got " + settings.feeInterest() + "/" + settings.feeInterestDenominator());
        }
        this.beneficiary = settings.beneficiary().isBlank() ? PublicKey.ZERO : PublicKey.fromHex(settings.beneficiary().trim());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sirius-harvester");
            thread.setDaemon(true);
            return thread;
        });
        if (settings.enabled()) {
            timer.scheduleWithFixedDelay(this::tick, settings.intervalMillis(), Math.max(20, settings.intervalMillis()),
                    TimeUnit.MILLISECONDS);
            LOG.info("Harvesting enabled with the key in {}", keyFile());
        } else {
            LOG.info("Harvesting is disabled (io.sirius.harvesting enabled = false)");
        }
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private Path keyFile() {
        String configured = settings.keyFile();
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("karaf.data", "data"), "sirius", "devnet", "harvester.key");
    }

    private void tick() {
        try {
            if (key == null) {
                Path file = keyFile();
                if (!Files.exists(file)) {
                    report("waiting for the harvester key file " + file);
                    return;
                }
                key = KeyFiles.read(file);
                LOG.info("Harvesting as {}", key.publicKey());
            }
            HarvestResult result = chain.harvest(new HarvestRequest(key, settings.feeInterest(),
                    settings.feeInterestDenominator(), beneficiary));
            if (result.height().isPresent()) {
                lastReason = "";
                LOG.info("Harvested block {} with {} transactions", result.height().get(), result.transactions());
            } else if (!result.reason().equals("no hit yet")) {
                report(result.reason());
            }
        } catch (IOException | RuntimeException e) {
            report("harvesting failed: " + e);
            LOG.debug("Harvesting failed", e);
        }
    }

    /**
     * Logs a reason for not harvesting once, not at every tick: at INFO while the node starts (expected), at WARN
     * otherwise (ineligible key, paused chain, failures).
     */
    private void report(String reason) {
        if (!reason.equals(lastReason)) {
            lastReason = reason;
            if (reason.startsWith("waiting for the harvester key") || reason.equals("the node is not running")) {
                LOG.info("Not harvesting yet: {}", reason);
            } else {
                LOG.warn("Not harvesting: {}", reason);
            }
        }
    }
}
