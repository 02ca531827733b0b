import './QrCode.css';
import { create } from 'qrcode';
import { useMemo } from 'react';

/**
 * The link as a QR code for the audience, drawn as SVG rectangles from the code's module matrix
 * (React elements, no markup strings). Medium error correction survives a projector's glare.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, cells } = useMemo(() => {
    const code = create(text, { errorCorrectionLevel: 'M' });
    const n = code.modules.size;
    const dark: [number, number][] = [];
    for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (code.modules.get(y, x)) dark.push([x, y]);
    return { size: n, cells: dark };
  }, [text]);
  const quiet = 4;
  const box = size + quiet * 2;
  return (
    <figure className="qr" data-testid="qr">
      <svg viewBox={`0 0 ${box} ${box}`} role="img" aria-label={label} shapeRendering="crispEdges">
        <rect width={box} height={box} fill="#fff" />
        <path d={cells.map(([x, y]) => `M${x + quiet} ${y + quiet}h1v1h-1z`).join('')} fill="#000" />
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
