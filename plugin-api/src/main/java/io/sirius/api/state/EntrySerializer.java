package io.sirius.api.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The versioned binary form of a cache entry. Entries are always written in the current version; older
 * versions stay readable so a node can open state written by an earlier release.
 *
 * @param <V> the entry type
 */
@ConsumerType
public interface EntrySerializer<V> {

    /** @return the version {@link #write} produces */
    int version();

    /**
     * @param entry the entry
     * @param out where its bytes go, without the version (the kernel stores the version)
     */
    void write(V entry, BinaryWriter out);

    /**
     * @param in the entry's bytes
     * @param version the version they were written in
     * @return the entry
     * @throws io.sirius.api.codec.DecodeException if the bytes are not an entry of that version
     */
    V read(BinaryReader in, int version);
}
