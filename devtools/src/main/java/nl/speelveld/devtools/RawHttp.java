package nl.speelveld.devtools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request as raw bytes over a socket and returns everything the server answered, for tests of requests that a
 * client library refuses to send (a broken escape in the path, a request line or headers over the limits).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** {@code request} is the whole request, request line and headers, in ISO-8859-1 as HTTP/1.1 sends them. */
    public static String send(URL server, String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // the server may close after answering; what was read is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
