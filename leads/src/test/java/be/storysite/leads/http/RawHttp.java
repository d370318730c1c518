package be.storysite.leads.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes no well-behaved HTTP client would (a broken request line, a header full of control characters, a body
 * in any encoding) to a service on loopback, and reads the whole answer: the request says
 * {@code Connection: close}, or the server closes after a bad request.
 *
 * <pre>{@code
 * RawHttp.Answer a = RawHttp.send(port, "GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(US_ASCII));
 * a.status();   // 400
 * }</pre>
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 20_000;

    /** @param status the answer's status, or -1 when the server closed without one */
    public record Answer(int status, String head, String body) {
    }

    private RawHttp() {
    }

    public static Answer send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // The server may answer and close before it read everything (a header too large): read what it said.
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(answer);
            } catch (IOException e) {
                // A reset after the answer was sent: keep what arrived.
            }
            return parse(answer.toString(StandardCharsets.UTF_8));
        }
    }

    /** A POST of {@code body} to {@code /leads/{form}} from the site's origin, with the given extra header lines. */
    public static byte[] post(String form, String contentType, byte[] body, String... headerLines) {
        StringBuilder head = new StringBuilder("POST /leads/" + form + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: " + TestService.ORIGIN + "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    private static Answer parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        if (!head.startsWith("HTTP/1.1 ") || head.length() < 12) {
            return new Answer(-1, head, body);
        }
        return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
    }
}
