package io.sirius.crypto;

import io.sirius.api.model.Address;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import java.util.Objects;

/**
 * Account addresses: network byte | RIPEMD-160(SHA3-256(public key)) | first 4 bytes of SHA3-256 of the
 * previous 21 bytes. Parsing and checksum validation of the text form live in {@link Address}.
 */
public final class Addresses {
    private Addresses() {
    }

    /**
     * @param publicKey the account's public key
     * @param network the network
     * @return the address
     */
    public static Address of(PublicKey publicKey, NetworkType network) {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(network, "network");
        return Address.fromPublicKeyHash(network, Hashes.ripemd160(Hashes.sha3_256(publicKey.bytes())));
    }

    /**
     * @param address an address
     * @param publicKey a public key
     * @return whether the address is that key's on the address's network
     */
    public static boolean belongsTo(Address address, PublicKey publicKey) {
        return of(publicKey, address.network()).equals(address);
    }
}
