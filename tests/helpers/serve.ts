/** Serves a built site (dist/) over HTTP on 127.0.0.1, as a static host would, for browser tests. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface ServedDir {
  /** `http://127.0.0.1:<port>`: every request a page makes should stay on it. */
  origin: string;
  /** The site's home page. */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on a free port; `/page` finds `page.html` as Framework's clean URLs expect. */
export async function serveDir(dir: string): Promise<ServedDir> {
  const handler = sirv(dir, { dev: true, extensions: ["html"] }); // dev: no caching between tests
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end("not found");
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections(); // keep-alive sockets would hold close() open
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
