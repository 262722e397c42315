package io.sirius.api.model;

/**
 * The 32-bit version field of every entity header: {@code network << 24 | scheme << 16 | version}.
 *
 * @param networkIdentifier the network byte (bits 24 to 31)
 * @param scheme the derivation scheme byte (bits 16 to 23)
 * @param version the entity version (bits 0 to 15)
 */
public record VersionField(int networkIdentifier, int scheme, int version) {

    /** Checks the ranges of the three parts. */
    public VersionField {
        if (networkIdentifier < 0 || networkIdentifier > 0xFF || scheme < 0 || scheme > 0xFF
                || version < 0 || version > 0xFFFF) {
            throw new IllegalArgumentException("version field parts out of range: network " + networkIdentifier
                    + ", scheme " + scheme + ", version " + version);
        }
    }

    /**
     * @param network the network
     * @param scheme the derivation scheme
     * @param version the entity version
     * @return the field
     */
    public static VersionField of(NetworkType network, DerivationScheme scheme, int version) {
        return new VersionField(network.identifier(), scheme.code(), version);
    }

    /**
     * @param raw the field as read from the wire
     * @return its parts
     */
    public static VersionField fromRaw(int raw) {
        return new VersionField(raw >>> 24, (raw >>> 16) & 0xFF, raw & 0xFFFF);
    }

    /** @return the field as written on the wire */
    public int raw() {
        return networkIdentifier << 24 | scheme << 16 | version;
    }
}
