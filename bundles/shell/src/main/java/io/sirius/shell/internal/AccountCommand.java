package io.sirius.shell.internal;

import io.sirius.api.SiriusException;
import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.Addresses;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.NetworkInfo;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code sirius:account <address|public key>}: an account's state as the chain holds it at its last block.
 */
@Service
@Command(scope = "sirius", name = "account", description = "Shows an account: address, public key, link, balances")
public class AccountCommand implements Action {

    @Reference
    ChainService chain;

    @Argument(index = 0, name = "account", required = true,
            description = "an address (40 base32 characters, dashes allowed, or 50 hex) or a public key (64 hex)")
    String account;

    @Override
    public Object execute() {
        NetworkInfo network = chain.network().orElseThrow(() -> new SiriusException("the node is not running yet"));
        Address address = parse(account, network.network());
        Optional<AccountState> state = chain.state().cache(AccountStateCache.DESCRIPTOR).find(address);
        if (state.isEmpty()) {
            System.out.println("Address:      " + address.pretty());
            System.out.println("The chain knows no account with this address (it has never received anything) at height "
                    + chain.status().height() + ".");
            return null;
        }
        print(state.get(), network, System.out);
        return null;
    }

    static Address parse(String text, NetworkType network) {
        String trimmed = text.trim();
        try {
            if (trimmed.length() == 64) {
                return Addresses.of(PublicKey.fromHex(trimmed), network);
            }
            if (trimmed.length() == 2 * Address.SIZE) {
                return Address.fromHex(trimmed);
            }
            Address address = Address.parse(trimmed);
            if (address.network() != network) {
                throw new SiriusException("address " + trimmed + " belongs to " + address.network().configName()
                        + ", not to this node's network " + network.configName());
            }
            return address;
        } catch (IllegalArgumentException e) {
            throw new SiriusException("'" + trimmed + "' is neither an address nor a public key: " + e.getMessage());
        }
    }

    static void print(AccountState state, NetworkInfo network, PrintStream out) {
        out.println("Address:      " + state.address().pretty());
        out.println("Known since:  " + state.addressHeight());
        out.println("Public key:   " + state.publicKey().map(k -> k + " (known since " + state.publicKeyHeight() + ")")
                .orElse("unknown (the account has not signed anything yet)"));
        out.println("Type:         " + state.type() + state.linkedAccountKey().map(k -> ", linked to " + k).orElse(""));
        if (state.balances().isEmpty()) {
            out.println("Balances:     none");
        }
        boolean first = true;
        for (Map.Entry<MosaicId, Amount> balance : state.balances().entrySet()) {
            String label = first ? "Balances:     " : "              ";
            first = false;
            boolean currency = balance.getKey().equals(network.currencyMosaicId());
            out.println(label + balance.getKey() + "  " + Long.toUnsignedString(balance.getValue().value())
                    + (currency ? "  (the currency: " + Render.currency(balance.getValue().value()) + " XPX)" : ""));
        }
    }
}
