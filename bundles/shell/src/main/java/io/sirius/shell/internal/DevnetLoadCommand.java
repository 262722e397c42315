package io.sirius.shell.internal;

import io.sirius.api.SiriusException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Timestamp;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyFiles;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.chain.Announcement;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.NetworkInfo;
import io.sirius.kernel.devnet.TransferPayloads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code sirius:devnet-load}: keeps a devnet busy: signs transfers of 1 atomic unit from a funded account to fresh
 * addresses and announces them at a steady rate, printing progress, until the duration ends or the session is
 * interrupted. For trying a node under load (crash and throughput tests); it blocks its shell session.
 */
@Service
@Command(scope = "sirius", name = "devnet-load", description = "Announces signed transfers from a funded devnet account "
        + "at a steady rate, for testing a node under load (blocks the session)")
public class DevnetLoadCommand implements Action {

    @Reference
    ChainService chain;

    @Option(name = "-r", aliases = "--rate", description = "transfers per second (default 20)")
    int rate = 20;

    @Option(name = "-d", aliases = "--duration", description = "seconds to run (default 60)")
    int duration = 60;

    @Option(name = "-f", aliases = "--from", description = "the funded account's number (default 1)")
    int from = 1;

    @Override
    public Object execute() throws Exception {
        if (rate < 1 || duration < 1) {
            throw new SiriusException("rate and duration must be positive");
        }
        NetworkInfo network = chain.network().orElseThrow(() -> new SiriusException("the node is not running yet"));
        Path keyFile = chain.dataDirectory().resolve("devnet").resolve("funded-" + from + ".key");
        if (!Files.exists(keyFile)) {
            throw new SiriusException("there is no " + keyFile + ": this node did not create a devnet with that account");
        }
        KeyPair key = KeyFiles.read(keyFile);
        EntitySigner signer = new EntitySigner(new Ed25519());
        SecureRandom random = new SecureRandom();
        List<Address> recipients = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            recipients.add(Addresses.of(KeyPair.generate(random, DerivationScheme.ED25519_SHA3).publicKey(), network.network()));
        }
        long start = System.nanoTime();
        long end = start + duration * 1_000_000_000L;
        long sent = 0;
        long accepted = 0;
        long nextReport = start + 5_000_000_000L;
        while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
            long due = start + sent * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            byte[] message = Long.toString(sent).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] payload = TransferPayloads.transfer(network.network(), key, recipients.get((int) (sent % recipients.size())),
                    network.currencyMosaicId(), new Amount(1), message, 0, Timestamp.fromInstant(Instant.now().plusSeconds(600)),
                    network.generationHash(), signer);
            Announcement announcement = chain.announce(payload);
            sent++;
            if (announcement.accepted()) {
                accepted++;
            }
            if (System.nanoTime() >= nextReport) {
                System.out.println("sent " + sent + ", accepted " + accepted + ", height " + chain.status().height());
                System.out.flush();
                nextReport += 5_000_000_000L;
            }
        }
        System.out.println("done: sent " + sent + ", accepted " + accepted + ", height " + chain.status().height());
        return null;
    }
}
