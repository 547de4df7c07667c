package org.pressmark.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SHA-256 (FIPS 180-4), the checksum of every source and output.
 *
 * <p>The JDK's provider computes the digests unless {@link #useNss()} was called: then, where the
 * platform's NSS library is installed ({@code libnss3} on Debian and Ubuntu), NSS computes them through
 * the JDK's own PKCS#11 provider, with the processor's SHA instructions. The JDK's pure-Java SHA-256 uses
 * those instructions only once the JVM's optimising compiler has compiled it, and the {@code pressmark}
 * launcher runs the quick compiler alone: there the JDK hashed an average corpus page (170 KB) in 1.1 ms
 * against NSS's 0.11 ms (measured), and the checksums took about a tenth of a batch's CPU time. The
 * command line therefore calls {@link #useNss()}; a program embedding Pressmark, which normally runs the
 * optimising compiler, need not, and loading a native crypto module into a process is that process's
 * choice (a process can configure NSS through the JDK only once).
 *
 * <p>Both compute the same standard digest. NSS is looked for once, on a thread of its own; until it is
 * ready, and wherever it is missing, the JDK's provider computes the digests, so no call ever waits for
 * it. NSS is used only after it gave the right digests of the FIPS 180-4 examples, and a digest it fails
 * to compute is computed by the JDK instead (NSS is then left alone for the rest of the run). The
 * provider is not installed in the JVM's list of security providers: nothing else in the process sees
 * it. {@code -Dpressmark.nss=off} keeps to the JDK even after {@link #useNss()}.
 */
public final class Sha256 {

    private static final Logger LOG = LoggerFactory.getLogger(Sha256.class);

    /** FIPS 180-4 examples: message, digest. */
    static final String[][] EXAMPLES = {
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    };

    private static final AtomicBoolean LOOKED_FOR = new AtomicBoolean();
    /** NSS's provider once it is found and checked; null before, and for good where it is missing. */
    private static volatile Provider nss;

    private Sha256() {
    }

    /** Returns the SHA-256 of the bytes as 64 lower-case hex digits. */
    public static String hex(byte[] bytes) {
        Provider fast = nss;
        if (fast != null) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256", fast).digest(bytes));
            } catch (NoSuchAlgorithmException | ProviderException e) {
                dropNss(e);
            }
        }
        return HexFormat.of().formatHex(jdkDigest().digest(bytes));
    }

    /**
     * Returns the SHA-256 of a file's bytes as 64 lower-case hex digits, reading the file in pieces.
     *
     * @throws IOException if the file cannot be read
     */
    public static String hex(Path file) throws IOException {
        Provider fast = nss;
        if (fast != null) {
            try {
                return hex(file, MessageDigest.getInstance("SHA-256", fast));
            } catch (NoSuchAlgorithmException | ProviderException e) {
                dropNss(e); // and the file is read again
            }
        }
        return hex(file, jdkDigest());
    }

    private static String hex(Path file, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void dropNss(Exception e) {
        nss = null;
        LOG.warn("NSS could not compute a SHA-256 ({}); the JDK computes them from now on", e.toString());
    }

    /** The name of the provider that computes the digests at this moment, for tests. */
    static String providerName() {
        Provider fast = nss;
        return fast != null ? fast.getName() : jdkDigest().getProvider().getName();
    }

    /**
     * Says what computes the digests in this process once the lookup for NSS has ended (waiting for it),
     * for {@code pressmark --version} and the benchmarks.
     */
    public static String implementation() {
        if (!LOOKED_FOR.get()) {
            return "the JDK's provider";
        }
        if (turnedOff()) {
            return "the JDK's provider (NSS turned off with -Dpressmark.nss=off)";
        }
        return nssProvider() != null ? "NSS, through the JDK's PKCS#11 provider"
                : "the JDK's provider (NSS, libnss3, is not available)";
    }

    private static boolean turnedOff() {
        return "off".equalsIgnoreCase(System.getProperty("pressmark.nss"));
    }

    private static MessageDigest jdkDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Lets the digests go through NSS where it is installed, from the moment a thread of its own has
     * found and checked it; see the class description. Calls after the first do nothing.
     */
    public static void useNss() {
        if (LOOKED_FOR.get() || !LOOKED_FOR.compareAndSet(false, true)) {
            return;
        }
        if (turnedOff()) {
            return;
        }
        Thread t = new Thread(() -> nss = nssProvider(), "pressmark-nss");
        t.setDaemon(true);
        t.start();
    }

    /**
     * NSS's provider, looked up on first call (NSS can be loaded only once in a process; a second
     * configuration is refused); null where it is missing. The first caller waits for the lookup.
     */
    static Provider nssProvider() {
        return Nss.PROVIDER;
    }

    private static final class Nss {
        static final Provider PROVIDER = lookUpNss();
    }

    /**
     * Loads NSS through the JDK's PKCS#11 provider, without a key database, and checks its SHA-256
     * against the FIPS 180-4 examples. Returns the provider, or null when the JDK has no PKCS#11 provider,
     * NSS is not installed, or its digests are not the examples'.
     */
    private static Provider lookUpNss() {
        Provider pkcs11 = Security.getProvider("SunPKCS11");
        if (pkcs11 == null) {
            LOG.debug("this JDK has no PKCS#11 provider; SHA-256 by the JDK");
            return null;
        }
        try {
            Provider p = pkcs11.configure("--name=Pressmark-NSS\nnssDbMode=noDb\n");
            for (String[] example : EXAMPLES) {
                byte[] d = MessageDigest.getInstance("SHA-256", p).digest(example[0].getBytes(StandardCharsets.US_ASCII));
                if (!HexFormat.of().formatHex(d).equals(example[1])) {
                    LOG.warn("NSS gave a wrong SHA-256 of a FIPS 180-4 example; SHA-256 by the JDK");
                    return null;
                }
            }
            LOG.debug("SHA-256 by NSS ({})", p.getName());
            return p;
        } catch (RuntimeException | LinkageError | NoSuchAlgorithmException e) {
            // NSS not installed (the provider cannot load libnss3), or refusing this configuration
            LOG.debug("NSS is not available ({}); SHA-256 by the JDK", e.toString());
            return null;
        }
    }
}
