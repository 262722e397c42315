package io.sirius.plugin.upgrade.model;

/**
 * A node software version in Sirius's encoding, {@code major << 48 | minor << 32 | revision << 16 | build}, each part
 * 16 bits (uint64 on the wire). Versions compare as unsigned numbers, which orders them part by part.
 *
 * @param value the raw uint64
 */
public record BlockchainVersion(long value) implements Comparable<BlockchainVersion> {

    /**
     * @param major the major version
     * @param minor the minor version
     * @param revision the revision
     * @param build the build
     * @return the version
     * @throws IllegalArgumentException if a part does not fit 16 bits
     */
    public static BlockchainVersion of(int major, int minor, int revision, int build) {
        for (int part : new int[] {major, minor, revision, build}) {
            if (part < 0 || part > 0xFFFF) {
                throw new IllegalArgumentException("version part " + part + " does not fit 16 bits");
            }
        }
        return new BlockchainVersion((long) major << 48 | (long) minor << 32 | (long) revision << 16 | build);
    }

    /** @return the major version */
    public int major() {
        return (int) (value >>> 48 & 0xFFFF);
    }

    /** @return the minor version */
    public int minor() {
        return (int) (value >>> 32 & 0xFFFF);
    }

    /** @return the revision */
    public int revision() {
        return (int) (value >>> 16 & 0xFFFF);
    }

    /** @return the build */
    public int build() {
        return (int) (value & 0xFFFF);
    }

    @Override
    public int compareTo(BlockchainVersion other) {
        return Long.compareUnsigned(value, other.value);
    }

    /** @return {@code major.minor.revision.build} */
    @Override
    public String toString() {
        return major() + "." + minor() + "." + revision() + "." + build();
    }
}
