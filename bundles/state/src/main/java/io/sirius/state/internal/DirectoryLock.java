package io.sirius.state.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exclusive lock on a store directory (an OS file lock on its {@code lock} file), so that only one process,
 * and one store object within it, uses the directory at a time. The OS drops the lock when the process dies.
 */
public final class DirectoryLock {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryLock.class);
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the directory if needed and locks it.
     *
     * @param directory the directory
     * @param what what is stored there, for the message
     * @return the held lock
     * @throws IOException if the directory cannot be created or is already in use, naming it
     */
    public static DirectoryLock acquire(Path directory, String what) throws IOException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IOException("cannot create the " + what + " directory " + directory + ": " + e, e);
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new IOException("the " + what + " directory " + directory + " is not a writable directory");
        }
        Path file = directory.resolve("lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException("the " + what + " " + directory + " is in use by another process");
            }
            return new DirectoryLock(file, channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IOException("the " + what + " " + directory + " is already open in this process", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Releases the lock. */
    public void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.warn("Cannot release the lock {}: {}", file, e.getMessage());
        }
    }
}
