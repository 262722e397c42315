package io.sirius.kernel.internal.pipeline;

import io.sirius.api.model.Address;
import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.BalanceAddressCreditNotification;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.SignatureNotification;
import io.sirius.api.resolver.Resolvers;
import io.sirius.api.model.PublicKey;
import io.sirius.kernel.internal.history.TransactionIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accounts a transaction touches, read from its notifications (as Sirius's address extraction does): its signer,
 * every address and key that becomes known, transfer parties and credited accounts, an aggregate's cosigners. Aliases are resolved against
 * the given state when they can be.
 */
public final class Participants {

    private Participants() {
    }

    /**
     * @param tx the transaction
     * @param environment its environment
     * @param resolvers resolves aliases (may fail to: the alias is then left out)
     * @return the addresses
     */
    public static Set<Address> of(ParsedTransaction tx, Environment environment, Resolvers resolvers) {
        return roles(tx.header().signer(), TransactionProcessor.notifications(tx, environment, null), environment, resolvers)
                .keySet();
    }

    /**
     * The accounts with their roles, for the transaction history: {@link TransactionIndex#SIGNER} for the signer,
     * {@link TransactionIndex#RECIPIENT} for transfer recipients and credited accounts,
     * {@link TransactionIndex#PARTICIPANT} for every other account named.
     *
     * @param signer the transaction's signer
     * @param notifications its notifications
     * @param environment its environment
     * @param resolvers resolves aliases (may fail to: the alias is then left out)
     * @return addresses in order of appearance, the signer first, with their combined roles
     */
    public static Map<Address, Integer> roles(PublicKey signer, List<Notification> notifications, Environment environment,
            Resolvers resolvers) {
        Map<Address, Integer> out = new LinkedHashMap<>();
        out.put(environment.addresses().addressOf(signer), TransactionIndex.SIGNER);
        for (Notification n : notifications) {
            if (n instanceof AccountAddressNotification a) {
                resolvers.resolve(a.address()).ifPresent(address -> add(out, address, TransactionIndex.PARTICIPANT));
            } else if (n instanceof AccountPublicKeyNotification k) {
                if (!k.publicKey().equals(signer)) {
                    add(out, environment.addresses().addressOf(k.publicKey()), TransactionIndex.PARTICIPANT);
                }
            } else if (n instanceof BalanceTransferNotification t) {
                resolvers.resolve(t.recipient()).ifPresent(address -> add(out, address, TransactionIndex.RECIPIENT));
            } else if (n instanceof BalanceAddressCreditNotification c) {
                resolvers.resolve(c.recipient()).ifPresent(address -> add(out, address, TransactionIndex.RECIPIENT));
            } else if (n instanceof BalanceCreditNotification c) {
                add(out, environment.addresses().addressOf(c.account()), TransactionIndex.RECIPIENT);
            } else if (n instanceof SignatureNotification sig) {
                if (!sig.signer().equals(signer)) {
                    // a cosigner of an aggregate
                    add(out, environment.addresses().addressOf(sig.signer()), TransactionIndex.PARTICIPANT);
                }
            } else if (n instanceof AddressInteractionNotification i) {
                i.participants().forEach(p -> resolvers.resolve(p).ifPresent(address -> add(out, address,
                        TransactionIndex.PARTICIPANT)));
            }
        }
        return out;
    }

    private static void add(Map<Address, Integer> roles, Address address, int role) {
        roles.merge(address, role, (a, b) -> a | b);
    }

    /**
     * @param environment an environment
     * @param state the state to resolve aliases against
     * @return the kernel's resolvers over that state
     */
    public static Resolvers resolvers(Environment environment, io.sirius.api.state.StateView state) {
        return new ResolverChain(environment.plugins(), state);
    }
}
