package io.sirius.kernel.internal.pipeline;

import io.sirius.api.model.Address;
import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.resolver.Resolvers;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The accounts a transaction touches, read from its notifications (as Sirius's address extraction does): its signer,
 * every address and key that becomes known, transfer parties and credited accounts. Aliases are resolved against
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
        Set<Address> out = new LinkedHashSet<>();
        out.add(environment.addresses().addressOf(tx.header().signer()));
        for (Notification n : TransactionProcessor.notifications(tx, environment, null)) {
            if (n instanceof AccountAddressNotification a) {
                resolvers.resolve(a.address()).ifPresent(out::add);
            } else if (n instanceof AccountPublicKeyNotification k) {
                out.add(environment.addresses().addressOf(k.publicKey()));
            } else if (n instanceof BalanceTransferNotification t) {
                resolvers.resolve(t.recipient()).ifPresent(out::add);
            } else if (n instanceof BalanceCreditNotification c) {
                out.add(environment.addresses().addressOf(c.account()));
            } else if (n instanceof AddressInteractionNotification i) {
                i.participants().forEach(p -> resolvers.resolve(p).ifPresent(out::add));
            }
        }
        return out;
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
