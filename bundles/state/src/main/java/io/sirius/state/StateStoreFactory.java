package io.sirius.state;

import java.io.IOException;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens state and block stores of one engine. Registered as an OSGi service with the property
 * {@code engine=<name>}; the kernel picks the engine its node configuration names.
 */
@ProviderType
public interface StateStoreFactory {

    /** @return the engine's name, e.g. {@code mapdb} */
    String engine();

    /**
     * Opens (creating if needed) the state store in a directory. Only one process may have it open; a second
     * attempt fails with a clear message.
     *
     * @param directory the store's own directory, e.g. {@code ${karaf.data}/sirius/state}
     * @return the store, at the height of its last commit (0 if new)
     * @throws IOException if the directory cannot be used, naming it
     * @throws io.sirius.api.StorageException if the files are corrupt beyond the recovery the engine can do
     */
    StateStore openState(Path directory) throws IOException;

    /**
     * Opens (creating if needed) the block store in a directory. A record torn by a crash is detected and cut
     * off; every block appended before the crash survives.
     *
     * @param directory the store's own directory, e.g. {@code ${karaf.data}/sirius/blocks}
     * @return the store
     * @throws IOException if the directory cannot be used, naming it
     */
    BlockStore openBlocks(Path directory) throws IOException;
}
