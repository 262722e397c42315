package io.sirius.shell.internal;

import io.sirius.api.SiriusException;
import io.sirius.api.codec.BinaryReader;
import io.sirius.api.entity.Transaction;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Timestamp;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.rest.TransactionJson;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.EntityHasher;
import io.sirius.kernel.PluginContributions;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.NetworkInfo;
import io.sirius.kernel.chain.TransactionRecord;
import io.sirius.kernel.chain.TransactionState;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code sirius:tx <hash>}: a transaction's status (confirmed, unconfirmed or failed, with Sirius's status name) and,
 * when the node holds it, its header and the fields its plugin shows.
 */
@Service
@Command(scope = "sirius", name = "tx", description = "Shows a transaction: status, height, signer, type and its fields")
public class TxCommand implements Action {

    @Reference
    ChainService chain;

    @Reference
    PluginContributions plugins;

    @Argument(index = 0, name = "hash", required = true, description = "the transaction's hash (64 hex characters)")
    String hash;

    @Override
    public Object execute() {
        NetworkInfo network = chain.network().orElseThrow(() -> new SiriusException("the node is not running yet"));
        Hash256 wanted;
        try {
            wanted = Hash256.fromHex(hash.trim());
        } catch (IllegalArgumentException e) {
            throw new SiriusException("'" + hash + "' is not a transaction hash: " + e.getMessage());
        }
        Optional<TransactionState> state = chain.transaction(wanted);
        if (state.isEmpty()) {
            System.out.println("The node knows no transaction " + wanted + " (neither confirmed, unconfirmed nor recently failed).");
            return null;
        }
        TransactionState s = state.get();
        System.out.println("Hash:         " + s.hash());
        System.out.println("Status:       " + s.group() + ", " + s.status()
                + (s.group().equals("confirmed") ? " in block " + s.height() : ""));
        System.out.println("Deadline:     " + new Timestamp(s.deadline()).toInstant());
        Optional<byte[]> payload = s.group().equals("confirmed")
                ? chain.confirmedTransaction(wanted).map(TransactionRecord::payload)
                : s.group().equals("unconfirmed") ? unconfirmed(wanted, network.generationHash()) : Optional.empty();
        if (payload.isPresent()) {
            print(payload.get(), network, plugins, System.out);
        } else {
            s.signer().ifPresent(k -> System.out.println("Signer:       " + k + " (" + Addresses.of(k, network.network()).plain() + ")"));
        }
        return null;
    }

    private Optional<byte[]> unconfirmed(Hash256 wanted, Hash256 generationHash) {
        return chain.unconfirmedTransactions().stream()
                .filter(p -> EntityHasher.transactionHash(p, generationHash).equals(wanted))
                .findFirst();
    }

    static void print(byte[] payload, NetworkInfo network, PluginContributions plugins, PrintStream out) {
        Transaction transaction = Transaction.decode(payload);
        TransactionHeader h = transaction.header();
        Optional<TransactionDescriptor<?>> descriptor = plugins.transaction(h.type());
        out.println("Type:         " + descriptor.map(d -> d.name() + " ").orElse("") + h.type()
                + " version " + h.version().version());
        out.println("Signer:       " + h.signer() + " (" + Addresses.of(h.signer(), network.network()).plain() + ")");
        out.println("Max fee:      " + Long.toUnsignedString(h.maxFee()));
        out.println("Size:         " + h.size() + " bytes");
        if (descriptor.isEmpty()) {
            out.println("(no installed plugin reads this transaction type; its body is " + transaction.body().length + " bytes)");
            return;
        }
        Optional<TransactionJson<?>> writer = plugins.transactionJson(h.type());
        if (writer.isEmpty()) {
            out.println("(plugin " + descriptor.get().name() + " does not describe its fields)");
            return;
        }
        Object body = descriptor.get().codec().decode(BinaryReader.of(transaction.body()), h.version().version());
        out.println("Fields:");
        Render.fields(write(writer.get(), body, h.version().version()), "  ", out);
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, Object> write(TransactionJson<T> writer, Object body, int version) {
        return writer.write((T) body, version);
    }
}
