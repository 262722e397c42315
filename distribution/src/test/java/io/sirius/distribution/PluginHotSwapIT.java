package io.sirius.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyFiles;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.PluginInfo;
import io.sirius.kernel.PluginRegistry;
import io.sirius.kernel.PluginState;
import io.sirius.kernel.chain.Announcement;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.NetworkInfo;
import io.sirius.kernel.chain.NodeStatus;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The plugin model in the shipped distribution running its devnet, in one container boot: the kernel sees plugins;
 * a plugin's feature uninstalled at run time leaves the registry and the shell's list and comes back when
 * reinstalled, without a restart; a colliding plugin is rejected with a message naming both bundles; removing an
 * active plugin's bundle pauses the chain and returning it resumes; a plugin's types are active only from the height
 * the network config enables them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginHotSwapIT {
    private static final String SYNTHETIC_DIR = "sirius.itest.synthetic";
    private static final long TIMEOUT_MS = 30_000;

    @Inject
    private BundleContext context;

    @Inject
    private PluginRegistry registry;

    @Inject
    private FeaturesService features;

    @Inject
    private SessionFactory sessions;

    @Inject
    private ChainService chain;

    private final List<Bundle> installed = new ArrayList<>();

    @Configuration
    public Option[] configuration() throws Exception {
        File synthetic = new File("target/synthetic-bundles").getAbsoluteFile();
        SyntheticBundles.build(synthetic, "io.sirius.itest.alpha", "alpha", List.of(0x4170, 0x4270), 0x70);
        SyntheticBundles.build(synthetic, "io.sirius.itest.copycat", "copycat", List.of(0x4171, 0x4154), 0x71);
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(System.getProperty("sirius.distribution")).toURI().toString())
                        .name("sirius-node")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                // Pax Exam's own probe bundles come from the build's local repository (osgi-stack trap 7)
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("sirius.localRepository")),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(freePort())),
                systemProperty(SYNTHETIC_DIR).value(synthetic.getPath())));
        if (Boolean.getBoolean("sirius.itest.keep")) {
            options.add(keepRuntimeFolder());
        }
        return options.toArray(Option[]::new);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Before
    public void waitForTheChain() throws Exception {
        await("the node runs its devnet", () -> chain.status().phase() == NodeStatus.Phase.RUNNING);
    }

    @After
    public void removeSyntheticBundles() throws Exception {
        for (Bundle bundle : installed) {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        }
        installed.clear();
        if (!features.isInstalled(features.getFeature("sirius-plugin-transfer"))) {
            features.installFeature("sirius-plugin-transfer");
        }
        await("transfer is active again", () -> state("transfer").equals(Optional.of(PluginState.ACTIVE)));
    }

    @Test
    public void theKernelSeesTheShippedPlugin() {
        // Act
        PluginInfo transfer = registry.plugin("transfer").orElseThrow();
        String list = shell("sirius:plugin list");

        // Assert
        assertEquals(PluginState.ACTIVE, transfer.state());
        assertEquals(Optional.of(new io.sirius.api.model.Height(1)), transfer.activeSince());
        assertEquals("io.sirius.plugin.transfer", transfer.bundleSymbolicName());
        assertEquals(0x4154, transfer.transactions().get(0).type().value());
        assertTrue(list, lineOf(list, "transfer").contains("io.sirius.plugin.transfer"));
        assertTrue(list, lineOf(list, "transfer").contains("0x4154"));
        assertTrue(list, lineOf(list, "transfer").contains("active since 1"));
    }

    @Test
    public void aSyntheticPluginComesAndGoesWithItsBundle() throws Exception {
        // Arrange
        Bundle alpha = install("io.sirius.itest.alpha");

        // Act
        alpha.start();
        await("alpha registers", () -> registry.plugin("alpha").isPresent());
        String listed = shell("sirius:plugin list");
        alpha.uninstall();
        await("alpha leaves", () -> registry.plugin("alpha").isEmpty());
        String after = shell("sirius:plugin list");

        // Assert
        assertTrue(listed, lineOf(listed, "alpha").contains("io.sirius.itest.alpha"));
        assertTrue(listed, lineOf(listed, "alpha").contains("0x4170,0x4270"));
        assertFalse(after, after.contains("alpha"));
    }

    @Test
    public void aPluginFeatureIsUninstalledAndReinstalledWithoutARestart() throws Exception {
        // Arrange
        Bundle kernel = bundle("io.sirius.kernel");
        long kernelModified = kernel.getLastModified();
        ServiceReference<PluginRegistry> registryBefore = context.getServiceReference(PluginRegistry.class);
        long transferBundle = registry.plugin("transfer").orElseThrow().bundleId();

        // Act
        String uninstalled = shell("sirius:plugin uninstall transfer");
        boolean goneFromRegistry = registry.plugin("transfer").isEmpty();
        boolean featureStillInstalled = features.isInstalled(features.getFeature("sirius-plugin-transfer"));
        String listWithout = shell("sirius:plugin list");
        String reinstalled = shell("sirius:plugin install transfer");
        String listWith = shell("sirius:plugin list");

        // Assert
        assertEquals("Plugin transfer uninstalled.", uninstalled.trim());
        assertTrue(goneFromRegistry);
        assertFalse(featureStillInstalled);
        assertTrue(listWithout, lineOf(listWithout, "transfer").contains("not installed"));
        assertTrue(reinstalled, reinstalled.startsWith("Plugin transfer installed: active since 1"));
        assertTrue(listWith, lineOf(listWith, "transfer").contains("active since 1"));
        PluginInfo back = registry.plugin("transfer").orElseThrow();
        assertTrue("a new transfer bundle", back.bundleId() != transferBundle);
        assertEquals("the kernel was not restarted", Bundle.ACTIVE, kernel.getState());
        assertEquals(kernelModified, kernel.getLastModified());
        assertEquals(registryBefore.getProperty("service.id"),
                context.getServiceReference(PluginRegistry.class).getProperty("service.id"));
    }

    @Test
    public void aCollidingPluginIsRejectedNamingBothBundlesAndTakesOverWhenTheHolderLeaves() throws Exception {
        // Arrange
        Bundle copycat = install("io.sirius.itest.copycat");

        // Act: copycat claims Transfer 0x4154, which the shipped transfer plugin holds
        copycat.start();
        await("copycat registers", () -> registry.plugin("copycat").isPresent());
        PluginInfo rejected = registry.plugin("copycat").orElseThrow();
        String list = shell("sirius:plugin list");

        // Assert
        assertEquals(PluginState.REJECTED, rejected.state());
        String problem = rejected.problem().orElseThrow();
        assertTrue(problem, problem.contains("transaction type 0x4154"));
        assertTrue(problem, problem.contains("io.sirius.itest.copycat"));
        assertTrue(problem, problem.contains("io.sirius.plugin.transfer"));
        assertTrue(list, lineOf(list, "copycat").contains("rejected"));
        assertTrue(list, list.contains("Rejected copycat: " + problem));
        assertEquals(PluginState.ACTIVE, registry.plugin("transfer").orElseThrow().state());

        // Act: once transfer leaves, copycat is accepted; transfer reinstalled is now the one refused
        shell("sirius:plugin uninstall transfer");
        await("copycat is accepted", () -> state("copycat").isPresent() && state("copycat").get() != PluginState.REJECTED);
        String reinstall = shell("sirius:plugin install transfer");

        // Assert
        assertTrue(reinstall, reinstall.contains("the kernel rejected the plugin"));
        assertTrue(reinstall, reinstall.contains("io.sirius.itest.copycat"));
        assertEquals(Optional.of(PluginState.REJECTED), state("transfer"));

        // Act: copycat leaves, transfer takes its types back
        copycat.uninstall();
        await("transfer is accepted again", () -> state("transfer").equals(Optional.of(PluginState.ACTIVE)));
    }

    @Test
    public void removingAnActivePluginsBundlePausesTheChainKeepingItsDataAndReturningItResumes() throws Exception {
        // Arrange
        long before = chain.status().height();

        // Act
        shell("sirius:plugin uninstall transfer");
        await("the chain pauses", () -> chain.status().phase() == NodeStatus.Phase.PAUSED);
        NodeStatus paused = chain.status();
        Thread.sleep(5_000);
        long stillAt = chain.status().height();
        String status = shell("sirius:status");
        shell("sirius:plugin install transfer");
        await("the chain resumes", () -> chain.status().phase() == NodeStatus.Phase.RUNNING);
        await("blocks are produced again", () -> chain.status().height() > stillAt);

        // Assert
        assertTrue(paused.detail().orElse(""), paused.detail().orElse("").contains("transfer"));
        assertEquals("no block is processed while paused", paused.height(), stillAt);
        assertTrue(stillAt >= before);
        assertTrue(status, status.contains("Phase:        paused"));
        assertTrue(chain.block(stillAt).isPresent());
    }

    @Test
    public void aPluginsTypesAreActiveOnlyFromTheHeightTheNetworkConfigEnablesThem() throws Exception {
        // Arrange: alpha is installed, so available, but the network config does not enable it
        Bundle alpha = install("io.sirius.itest.alpha");
        alpha.start();
        await("alpha registers", () -> state("alpha").equals(Optional.of(PluginState.AVAILABLE)));
        Announcement early = chain.announce(alphaTransaction());

        // Act: the network's owner enables it
        String enabled = shell("sirius:plugin enable alpha");
        await("alpha becomes active", () -> state("alpha").equals(Optional.of(PluginState.ACTIVE)));
        long since = registry.plugin("alpha").orElseThrow().activeSince().orElseThrow().value();
        String config = chain.config(since).orElseThrow().text();
        Announcement accepted = chain.announce(alphaTransaction());
        await("the alpha transaction confirms", () -> chain.transaction(accepted.hash().orElseThrow())
                .map(t -> t.group().equals("confirmed")).orElse(false));
        String disabled = shell("sirius:plugin disable alpha");
        await("alpha is no longer active", () -> state("alpha").equals(Optional.of(PluginState.AVAILABLE)));
        Announcement late = chain.announce(alphaTransaction());

        // Assert
        assertFalse(early.accepted());
        assertEquals("Failure_Core_Invalid_Version", early.status());
        assertTrue(enabled, enabled.startsWith("Announced NetworkConfig"));
        assertTrue("active from a later height than the nemesis", since > 1);
        assertTrue(config, config.contains("[plugin:catapult.plugins.alpha]"));
        assertTrue(accepted.message(), accepted.accepted());
        assertTrue(disabled, disabled.startsWith("Announced NetworkConfig"));
        assertFalse(late.accepted());
        assertEquals("Failure_Core_Invalid_Version", late.status());
    }

    @Test
    public void anAssetFamilyIsDisabledRemovedRestoredAndEnabledAgainWithoutHarmToTheChain() throws Exception {
        // Arrange: metadata_v2 is active from the nemesis block
        await("metadata_v2 is active", () -> state("metadata_v2").equals(Optional.of(PluginState.ACTIVE)));

        // Act: off on the network, then out of this node, then back in and on
        String disabled = shell("sirius:plugin disable metadata_v2");
        await("metadata_v2 is no longer active", () -> state("metadata_v2").equals(Optional.of(PluginState.AVAILABLE)));
        Announcement whileDisabled = chain.announce(metadataTransaction());
        shell("sirius:plugin uninstall metadata_v2");
        await("the plugin is gone", () -> state("metadata_v2").isEmpty());
        long without = chain.status().height();
        await("blocks go on without it", () -> chain.status().height() > without + 1);
        NodeStatus.Phase phaseWithout = chain.status().phase();
        shell("sirius:plugin install metadata_v2");
        await("the plugin is back", () -> state("metadata_v2").equals(Optional.of(PluginState.AVAILABLE)));
        String enabled = shell("sirius:plugin enable metadata_v2");
        await("metadata_v2 is active again", () -> state("metadata_v2").equals(Optional.of(PluginState.ACTIVE)));
        Announcement accepted = chain.announce(metadataTransaction());
        await("the metadata transaction confirms", () -> chain.transaction(accepted.hash().orElseThrow())
                .map(t -> t.group().equals("confirmed")).orElse(false));

        // Assert
        assertTrue(disabled, disabled.startsWith("Announced NetworkConfig"));
        assertFalse(whileDisabled.accepted());
        assertEquals("Failure_Core_Invalid_Version", whileDisabled.status());
        assertEquals(NodeStatus.Phase.RUNNING, phaseWithout);
        assertTrue(enabled, enabled.startsWith("Announced NetworkConfig"));
        assertTrue(accepted.message(), accepted.accepted());
        assertEquals(NodeStatus.Phase.RUNNING, chain.status().phase());
    }

    /**
     * An Account_Metadata_V2 (0x413F v1) of the devnet's second funded account on itself: target key, a fresh
     * scoped key, value size delta and size, value.
     */
    private byte[] metadataTransaction() throws Exception {
        NetworkInfo network = chain.network().orElseThrow();
        KeyPair key = KeyFiles.read(chain.dataDirectory().resolve("devnet").resolve("funded-2.key"));
        byte[] value = "hot swap".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int bodySize = 32 + 8 + 2 + 2 + value.length;
        TransactionHeader header = new TransactionHeader(TransactionHeader.SIZE + bodySize, Signature.ZERO, key.publicKey(),
                VersionField.of(network.network(), DerivationScheme.UNSET, 1), new EntityType(0x413F), 0,
                Timestamp.fromInstant(java.time.Instant.now().plusSeconds(600)));
        BinaryWriter out = new BinaryWriter(header.size());
        header.encode(out);
        out.writeBytes(key.publicKey().bytes());
        out.writeI64(System.nanoTime());
        out.writeU16(value.length);
        out.writeU16(value.length);
        out.writeBytes(value);
        return new EntitySigner(new Ed25519()).signTransaction(key, out.toByteArray(), network.generationHash());
    }

    /** A transaction of alpha's type 0x4170 (a 4-byte body), signed by the devnet's first funded account. */
    private byte[] alphaTransaction() throws Exception {
        NetworkInfo network = chain.network().orElseThrow();
        KeyPair key = KeyFiles.read(chain.dataDirectory().resolve("devnet").resolve("funded-1.key"));
        TransactionHeader header = new TransactionHeader(TransactionHeader.SIZE + 4, Signature.ZERO, key.publicKey(),
                VersionField.of(network.network(), DerivationScheme.UNSET, 1), new EntityType(0x4170), 0,
                Timestamp.fromInstant(java.time.Instant.now().plusSeconds(600)));
        BinaryWriter out = new BinaryWriter(header.size());
        header.encode(out);
        out.writeI32((int) System.nanoTime());
        return new EntitySigner(new Ed25519()).signTransaction(key, out.toByteArray(), network.generationHash());
    }

    private Optional<PluginState> state(String plugin) {
        return registry.plugin(plugin).map(PluginInfo::state);
    }

    private Bundle install(String symbolicName) throws Exception {
        File file = new File(System.getProperty(SYNTHETIC_DIR), symbolicName + ".jar");
        Bundle bundle = context.installBundle(file.toURI().toString());
        installed.add(bundle);
        return bundle;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        fail("no bundle " + symbolicName);
        return null;
    }

    private static String lineOf(String table, String plugin) {
        for (String line : table.split("\n")) {
            if (line.startsWith(plugin + " ")) {
                return line;
            }
        }
        fail("no line for " + plugin + " in\n" + table);
        return "";
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Runs a shell command as an operator would and returns what it printed, error messages included. */
    private String shell(String command) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, out, out);
        assertNotNull(session);
        try {
            session.execute(command);
        } catch (Exception e) {
            out.println(e.getMessage());
        } finally {
            session.close();
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
