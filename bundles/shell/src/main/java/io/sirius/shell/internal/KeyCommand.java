package io.sirius.shell.internal;

import io.sirius.api.SiriusException;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.NetworkType;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.NetworkInfo;
import java.security.SecureRandom;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * {@code sirius:key generate}: a new key pair from the system's strong random source, with its address on this
 * node's network (or {@code --network}). Nothing is stored: the operator keeps the private key.
 */
@Service
@Command(scope = "sirius", name = "key", description = "Generates a key pair and its address (nothing is stored)")
public class KeyCommand implements Action {

    @Reference(optional = true)
    ChainService chain;

    @Argument(index = 0, name = "action", required = true, description = "generate")
    @Completion(value = StringsCompleter.class, values = "generate")
    String action;

    @Option(name = "-n", aliases = "--network", description = "mijinTest, mijin, testnet, mainnet, privateTest or private "
            + "(default: this node's network)")
    String network;

    @Option(name = "-s", aliases = "--scheme", description = "sha3 (account v1, the default, as SDK wallets use) or sha2 "
            + "(account v2, RFC 8032)")
    String scheme = "sha3";

    @Override
    public Object execute() throws Exception {
        if (!"generate".equals(action)) {
            throw new SiriusException("unknown action '" + action + "'; use: sirius:key generate");
        }
        NetworkType type = network(network);
        DerivationScheme derivation = switch (scheme.toLowerCase(Locale.ROOT)) {
            case "sha3", "v1" -> DerivationScheme.ED25519_SHA3;
            case "sha2", "v2" -> DerivationScheme.ED25519_SHA2;
            default -> throw new SiriusException("unknown scheme '" + scheme + "'; use sha3 or sha2");
        };
        KeyPair pair = KeyPair.generate(new SecureRandom(), derivation);
        System.out.println("Private key:  " + pair.privateKey().toHex());
        System.out.println("Public key:   " + pair.publicKey());
        System.out.println("Address:      " + Addresses.of(pair.publicKey(), type).plain() + " (" + type.configName() + ")");
        System.out.println("Scheme:       " + (derivation == DerivationScheme.ED25519_SHA3
                ? "Ed25519 with SHA3-512 (account v1)" : "Ed25519 with SHA-512 (account v2)"));
        System.out.println("Keep the private key secret: whoever has it controls the account.");
        pair.privateKey().destroy();
        return null;
    }

    private NetworkType network(String name) {
        if (name != null) {
            try {
                return NetworkType.fromName(name);
            } catch (IllegalArgumentException e) {
                throw new SiriusException(e.getMessage());
            }
        }
        return chain == null ? NetworkType.MIJIN_TEST : chain.network().map(NetworkInfo::network).orElse(NetworkType.MIJIN_TEST);
    }
}
