package io.sirius.state.internal;

import io.sirius.state.BlockStore;
import io.sirius.state.StateStore;
import io.sirius.state.StateStoreFactory;
import io.sirius.state.internal.blocks.FileBlockStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The MapDB engine: state stores on MapDB with a redo journal, block stores as segment files. Registered with
 * {@code engine=mapdb}; configured by PID {@code io.sirius.state.mapdb} (optional).
 */
@Component(service = StateStoreFactory.class, property = "engine=mapdb", configurationPid = "io.sirius.state.mapdb")
@Designate(ocd = MapDbStoreConfig.class)
public final class MapDbStateStoreFactory implements StateStoreFactory, AutoCloseable {
    private final StoreOptions options;
    private final Hashing hashing;

    /**
     * The DS constructor.
     *
     * @param config the configuration (defaults when there is none)
     */
    @Activate
    public MapDbStateStoreFactory(MapDbStoreConfig config) {
        this(StoreOptions.of(config));
    }

    /**
     * Creates the engine outside OSGi (tests, benchmarks, tools).
     *
     * @param options the options
     */
    public MapDbStateStoreFactory(StoreOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.hashing = new Hashing(options.hashThreads());
    }

    /** Stops the hashing threads; stores opened by this engine must be closed first. */
    @Deactivate
    @Override
    public void close() {
        hashing.close();
    }

    @Override
    public String engine() {
        return "mapdb";
    }

    @Override
    public StateStore openState(Path directory) throws IOException {
        return MapDbStateStore.open(Objects.requireNonNull(directory, "directory"), options, hashing);
    }

    @Override
    public BlockStore openBlocks(Path directory) throws IOException {
        return FileBlockStore.open(Objects.requireNonNull(directory, "directory"), options.blockSegmentBytes());
    }
}
