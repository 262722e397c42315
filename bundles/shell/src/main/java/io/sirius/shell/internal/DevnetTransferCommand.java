package io.sirius.shell.internal;

import io.sirius.api.SiriusException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Timestamp;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyFiles;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.chain.Announcement;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.NetworkInfo;
import io.sirius.kernel.chain.TransactionState;
import io.sirius.kernel.devnet.TransferPayloads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code sirius:devnet-transfer <address> <amount>}: on a development network created by this node, sends currency
 * from one of its funded accounts and waits for the block that confirms it.
 */
@Service
@Command(scope = "sirius", name = "devnet-transfer", description = "Sends currency from a funded devnet account "
        + "(key in <data>/devnet/funded-N.key) and waits for its confirmation")
public class DevnetTransferCommand implements Action {

    @Reference
    ChainService chain;

    @Argument(index = 0, name = "address", required = true, description = "the recipient's address (40 base32 characters)")
    String recipient;

    @Argument(index = 1, name = "amount", required = true, description = "atomic units of the currency (1 XPX = 1000000)")
    long amount;

    @Option(name = "-f", aliases = "--from", description = "the funded account's number (default 1)")
    int from = 1;

    @Option(name = "-m", aliases = "--message", description = "a plain message")
    String message = "";

    @Option(name = "-t", aliases = "--timeout", description = "seconds to wait for confirmation (0: do not wait)")
    int timeoutSeconds = 60;

    @Override
    public Object execute() throws Exception {
        NetworkInfo network = chain.network().orElseThrow(() -> new SiriusException("the node is not running yet"));
        Address to;
        try {
            to = Address.parse(recipient);
        } catch (IllegalArgumentException e) {
            throw new SiriusException("'" + recipient + "' is not an address: " + e.getMessage());
        }
        if (to.network() != network.network()) {
            throw new SiriusException(recipient + " is an address of " + to.network().configName() + ", not of this "
                    + network.network().configName() + " network");
        }
        if (amount <= 0) {
            throw new SiriusException("the amount must be positive");
        }
        Path keyFile = chain.dataDirectory().resolve("devnet").resolve("funded-" + from + ".key");
        if (!Files.exists(keyFile)) {
            throw new SiriusException("there is no " + keyFile + ": this node did not create a devnet with that many "
                    + "funded accounts");
        }
        KeyPair key = KeyFiles.read(keyFile);
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] payloadMessage = new byte[text.length + (text.length > 0 ? 1 : 0)];
        if (text.length > 0) {
            System.arraycopy(text, 0, payloadMessage, 1, text.length);
        }
        byte[] payload = TransferPayloads.transfer(network.network(), key, to, network.currencyMosaicId(), new Amount(amount),
                payloadMessage, 0, Timestamp.fromInstant(Instant.now().plusSeconds(3600)), network.generationHash(),
                new EntitySigner(new Ed25519()));
        Announcement announcement = chain.announce(payload);
        if (!announcement.accepted()) {
            throw new SiriusException("refused: " + announcement.status() + " (" + announcement.message() + ")");
        }
        Hash256 hash = announcement.hash().orElseThrow();
        System.out.println("Announced " + hash);
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            Optional<TransactionState> state = chain.transaction(hash);
            if (state.isPresent() && !state.get().group().equals("unconfirmed")) {
                TransactionState s = state.get();
                if (s.group().equals("confirmed")) {
                    System.out.println("Confirmed in block " + s.height());
                    return null;
                }
                throw new SiriusException("failed: " + s.status());
            }
            Thread.sleep(100);
        }
        if (timeoutSeconds > 0) {
            System.out.println("Not confirmed within " + timeoutSeconds + " s; check it with sirius:status or "
                    + "GET /transactionStatus/" + hash);
        }
        return null;
    }
}
