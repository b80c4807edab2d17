import { tagKicker, type InsideOutData } from '@/lib/figures/inside-out/model';

/** The stack as a table: each layer, when it went on sale, and who needed it or moved onto it. */
export function StackTable({ data }: { data: InsideOutData }) {
  return (
    <table className="fig-table">
      <caption>AWS’s stack at the end of 2024, top to bottom.</caption>
      <thead>
        <tr>
          <th scope="col">Layer</th>
          <th scope="col">On sale</th>
          <th scope="col">Inside Amazon</th>
          <th scope="col">Outside</th>
        </tr>
      </thead>
      <tbody>
        {data.layers.map((layer) => (
          <tr key={layer.id}>
            <th scope="row">{layer.name}</th>
            <td>{layer.products.map((p) => p.text).join('; ')}</td>
            {(['inside', 'outside'] as const).map((side) => {
              const t = layer.tags.find((x) => x.side === side);
              return (
                <td key={side}>
                  {t
                    ? `${tagKicker(t, data.layers)}: ${t.text}${t.linkText ? ` (${t.linkText})` : ''}`
                    : ''}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
