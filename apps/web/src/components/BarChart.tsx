import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** A bar chart drawn on a canvas; the numbers it shows are always printed beside it as well. */
export function BarChart({ labels, values, colours, label }: { labels: string[]; values: number[]; colours: string[]; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      type: 'bar',
      data: { labels, datasets: [{ data: values, backgroundColor: colours }] },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [labels, values, colours]);
  return (
    <div style={{ position: 'relative', height: Math.max(160, labels.length * 34) }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
